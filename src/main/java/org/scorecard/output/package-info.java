/** The files a run hands back under output/PERIOD: summary.json and rejects.csv, each written whole or not at all. */
package org.scorecard.output;
