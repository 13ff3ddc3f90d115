/**
 * Exact money: {@link dev.clientportal.core.money.Money} in minor units, currencies with their ISO minor digits,
 * percentages and tax rates. Nothing here uses binary floating point.
 */
@NullMarked
package dev.clientportal.core.money;

import org.jspecify.annotations.NullMarked;
