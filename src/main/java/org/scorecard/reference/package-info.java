/** Reference data: agencies, indicators, targets, tasks and rules, read from CSV and checked before anything is loaded. */
package org.scorecard.reference;
