/**
 * Statistical process control in the NHS "Making Data Count" style: XmR and the attribute charts
 * (p, p′, u, u′, c, g, t) in one chart shape, {@link org.outturn.stats.spc.SpcChart}, with process
 * limits, special causes, variation and its icons, and assurance.
 */
package org.outturn.stats.spc;
