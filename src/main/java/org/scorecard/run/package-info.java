/** A run's identity (period and fingerprint of its files), its history, and starting or restarting it. */
package org.scorecard.run;
