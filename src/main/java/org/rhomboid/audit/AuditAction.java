package org.rhomboid.audit;

public enum AuditAction { READ, SEARCH, CREATE, UPDATE, DELETE }
