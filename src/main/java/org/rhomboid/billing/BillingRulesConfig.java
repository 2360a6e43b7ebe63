package org.rhomboid.billing;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.rhomboid.billing.domain.IcdCodeSet;
import org.rhomboid.billing.domain.IcdOrderFile;
import org.rhomboid.billing.domain.KxThresholds;
import org.rhomboid.billing.domain.ProcedureCatalog;
import org.rhomboid.billing.domain.PtpEdits;
import org.rhomboid.billing.domain.VisitLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The code sets and payer tables in force. Built-in by default; a clinic points these properties at the
 * official yearly ICD-10-CM order file and the quarterly NCCI practitioner PTP file, and overrides KX
 * thresholds per year (rhomboid.billing.kx-threshold.2027=2550).
 */
@Configuration(proxyBeanMethods = false)
class BillingRulesConfig {

    private static final Logger log = LoggerFactory.getLogger(BillingRulesConfig.class);

    @Bean
    VisitLines.Rules billingRules(@Value("${rhomboid.icd10.order-file:}") String icdFile,
                                  @Value("${rhomboid.billing.ncci-file:}") String ncciFile,
                                  Environment environment) throws IOException {
        IcdCodeSet icd = IcdCodeSet.builtIn();
        if (!icdFile.isBlank()) {
            try (Reader reader = Files.newBufferedReader(Path.of(icdFile), StandardCharsets.UTF_8)) {
                icd = IcdCodeSet.of(IcdOrderFile.parse(reader));
            }
            log.info("Loaded {} ICD-10-CM codes from {}", icd.size(), icdFile);
        }
        PtpEdits ptp = PtpEdits.builtIn();
        if (!ncciFile.isBlank()) {
            try (Reader reader = Files.newBufferedReader(Path.of(ncciFile), StandardCharsets.ISO_8859_1)) {
                ptp = PtpEdits.parse(reader);
            }
            log.info("Loaded {} NCCI PTP edits from {}", ptp.size(), ncciFile);
        }
        Map<Integer, BigDecimal> kx = new HashMap<>();
        for (int year = 2021; year <= 2040; year++) {
            String value = environment.getProperty("rhomboid.billing.kx-threshold." + year);
            if (value != null && !value.isBlank()) {
                kx.put(year, new BigDecimal(value.strip()));
            }
        }
        return new VisitLines.Rules(ProcedureCatalog.builtIn(), icd, ptp, KxThresholds.withOverrides(kx));
    }
}
