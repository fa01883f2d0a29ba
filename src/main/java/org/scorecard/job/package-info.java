/** The monthly job: the pipeline of steps from reference data to reports. */
package org.scorecard.job;
