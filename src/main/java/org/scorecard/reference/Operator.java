package org.scorecard.reference;

import java.util.Optional;

public enum Operator {

	AT_LEAST(">="), AT_MOST("<="), BETWEEN("between");

	private final String symbol;

	Operator(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return symbol;
	}

	public static Optional<Operator> ofSymbol(String symbol) {
		for (Operator op : values()) {
			if (op.symbol.equals(symbol)) {
				return Optional.of(op);
			}
		}
		return Optional.empty();
	}

}
