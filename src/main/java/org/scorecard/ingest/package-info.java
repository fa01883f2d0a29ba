/** The monthly job's ingestion: reading every inbox file in chunks, storing every row, settling revisions and accounting. */
package org.scorecard.ingest;
