package org.scorecard.reference;

public enum Direction {
	UP, DOWN
}
