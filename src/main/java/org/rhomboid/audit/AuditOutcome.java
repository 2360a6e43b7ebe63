package org.rhomboid.audit;

public enum AuditOutcome { SUCCESS, NOT_FOUND, DENIED, CONFLICT }
