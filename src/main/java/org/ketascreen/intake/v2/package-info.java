/**
 * The v2 intake records (api-contract §9.2): {@link org.ketascreen.intake.v2.IntakeV2} and the groups that change in
 * v2; unchanged groups and leaf types are v1's, reused. Validity is declared here and enforced by
 * {@link org.ketascreen.intake.IntakeValidity}, as for v1.
 */
package org.ketascreen.intake.v2;
