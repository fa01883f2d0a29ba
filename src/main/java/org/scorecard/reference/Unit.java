package org.scorecard.reference;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Units an indicator is kept in, and the units a submission may use instead. A submitted unit
 * converts to the indicator's unit only within its family (dollars or dong), by a power of ten, so
 * the conversion is exact.
 */
public enum Unit {

	USD("USD", 0), USD_K("USD", 3), USD_M("USD", 6), USD_BN("USD", 9),
	VND("VND", 0), VND_M("VND", 6), VND_BN("VND", 9),
	PERCENT(null, 0), COUNT(null, 0), INDEX(null, 0);

	private final String family;

	private final int powerOfTen;

	Unit(String family, int powerOfTen) {
		this.family = family;
		this.powerOfTen = powerOfTen;
	}

	/** Units an indicator may be declared in. */
	public boolean isIndicatorUnit() {
		return this == USD_M || this == VND_BN || this == PERCENT || this == COUNT || this == INDEX;
	}

	/** Units whose values may not be negative (rules.md section 1, check 10). */
	public boolean forbidsNegative() {
		return this == USD_M || this == VND_BN || this == COUNT;
	}

	/** The value, given in this unit, expressed in {@code target}; empty when they do not convert. */
	public Optional<BigDecimal> convert(BigDecimal value, Unit target) {
		if (this == target) {
			return Optional.of(value);
		}
		if (family == null || !family.equals(target.family)) {
			return Optional.empty();
		}
		return Optional.of(value.scaleByPowerOfTen(powerOfTen - target.powerOfTen));
	}

	/** The unit with exactly this code (codes compare case-sensitively), if any. */
	public static Optional<Unit> ofCode(String code) {
		for (Unit unit : values()) {
			if (unit.name().equals(code)) {
				return Optional.of(unit);
			}
		}
		return Optional.empty();
	}

}
