package org.scorecard.run;

public enum RunStatus {
	STARTED, COMPLETED, FAILED
}
