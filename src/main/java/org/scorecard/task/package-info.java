/** Task statuses as of the period's last day, each task with its one lead agency (rules.md section 8). */
package org.scorecard.task;
