package org.rhomboid.audit;

/** How the access came in: the web UI, the JSON API, or Rhomboid itself (seeding, jobs). */
public enum Channel { UI, API, SYSTEM }
