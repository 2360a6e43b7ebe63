package org.rhomboid.audit;

/** How the access came in: the web UI, the JSON API, a patient's intake link, or Rhomboid itself (seeding). */
public enum Channel { UI, API, SYSTEM, PATIENT }
