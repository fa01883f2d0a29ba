package org.scorecard.reference;

public enum AgencyKind {
	NATION, MINISTRY, DEPARTMENT, PROVINCE, MISSION
}
