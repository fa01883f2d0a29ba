/** The command line: sub-commands, their options and defaults, exit codes and plain-sentence errors. */
package org.scorecard.cli;
