/**
 * Statistical process control in the NHS "Making Data Count" style: process limits, special causes,
 * variation and assurance.
 */
package org.outturn.stats.spc;
