/** Aggregation against targets: each agency's monthly values with roll-ups, then the year's figures. */
package org.scorecard.aggregation;
