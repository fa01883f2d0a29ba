/**
 * Mailing a run's reports: the consolidated report to the secretariat, each scorecard to its agency,
 * each message sent once (a delivery log per run), retried with back-off, or written to an outbox.
 */
package org.scorecard.mail;
