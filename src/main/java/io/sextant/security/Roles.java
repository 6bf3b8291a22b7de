package io.sextant.security;

import java.util.List;

/**
 * The roles a Sextant account can hold; docs/security.md says what each may see and do.
 * Names are the {@code groups} claim values of a token.
 */
public final class Roles {

    /** Finds equipment: asset search, maps. */
    public static final String STAFF = "staff";
    /** Clinical staff: in addition, the patients of their units. */
    public static final String CLINICIAN = "clinician";
    /** Security officers: alerts, patient and infant locations, duress. */
    public static final String SECURITY = "security";
    /** Facilities and biomedical managers: utilization analytics, PAR levels. */
    public static final String FACILITIES = "facilities";
    /** Administrators: floor plans, accounts, configuration, audit. */
    public static final String ADMIN = "admin";
    /** Gateways: publish readings, nothing else. */
    public static final String GATEWAY = "gateway";
    /** Integrations: read streams and webhooks. */
    public static final String INTEGRATION = "integration";

    public static final List<String> ALL = List.of(STAFF, CLINICIAN, SECURITY, FACILITIES, ADMIN, GATEWAY, INTEGRATION);

    private Roles() {
    }
}
