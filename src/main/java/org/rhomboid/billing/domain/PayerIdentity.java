package org.rhomboid.billing.domain;

/** How a kind of payer is named in the 837P payer loop (2010BB): its name and the payer ID the clearinghouse uses. */
public record PayerIdentity(String name, String payerId) {}
