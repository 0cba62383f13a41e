package dev.inviteledger.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Range and cross-field checks shared by the constructor and the parser. */
final class PolicyRules {
    private PolicyRules() {}

    static void requireValid(Map<PolicyField, Number> values) {
        List<PolicyException.Problem> problems = problems(values);
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
    }

    /** Every range problem in catalogue order, then the cross-field rules (only between valid values). */
    static List<PolicyException.Problem> problems(Map<PolicyField, Number> values) {
        List<PolicyException.Problem> out = new ArrayList<>();
        for (PolicyField f : PolicyField.values()) {
            rangeProblem(f, values.get(f)).ifPresent(out::add);
        }
        if (!out.isEmpty()) {
            return out;
        }
        double watch = values.get(PolicyField.WATCH_AT).doubleValue();
        double nearCap = values.get(PolicyField.NEAR_CAP_AT).doubleValue();
        if (!(watch < nearCap)) {
            out.add(new PolicyException.Problem(PolicyField.WATCH_AT.key(),
                    "must be less than nearCapAt (" + PolicyField.format(nearCap) + "), got " + PolicyField.format(watch)));
        }
        int withdrawAfter = values.get(PolicyField.WITHDRAW_AFTER_DAYS).intValue();
        int overdueAfter = values.get(PolicyField.OVERDUE_AFTER_DAYS).intValue();
        if (!(withdrawAfter < overdueAfter)) {
            out.add(new PolicyException.Problem(PolicyField.OVERDUE_AFTER_DAYS.key(),
                    "must be greater than withdrawAfterDays (" + withdrawAfter + "), got " + overdueAfter));
        }
        return out;
    }

    static Optional<PolicyException.Problem> rangeProblem(PolicyField f, Number value) {
        if (value == null) {
            return Optional.of(new PolicyException.Problem(f.key(), "is missing"));
        }
        if (f.kind() == PolicyField.Kind.FRACTION && !Double.isFinite(value.doubleValue())) {
            return Optional.of(new PolicyException.Problem(f.key(), "must be a finite number, got " + value));
        }
        BigDecimal v = decimal(value);
        if (v.compareTo(decimal(f.min())) < 0 || v.compareTo(decimal(f.max())) > 0) {
            return Optional.of(new PolicyException.Problem(f.key(), "must be between "
                    + PolicyField.format(f.min()) + " and " + PolicyField.format(f.max()) + ", got " + PolicyField.format(value)));
        }
        return Optional.empty();
    }

    static boolean same(Number a, Number b) {
        return decimal(a).compareTo(decimal(b)) == 0;
    }

    /** Decimal as written (0.6 stays 0.6, not 0.59999...), so boundaries compare the way users expect. */
    static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        return BigDecimal.valueOf(n.longValue());
    }
}
