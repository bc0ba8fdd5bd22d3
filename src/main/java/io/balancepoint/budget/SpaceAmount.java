package io.balancepoint.budget;

import io.balancepoint.money.Money;

/** The part of an amount that falls to one team, support tier or agent. */
public record SpaceAmount(SpaceDimension dimension, String key, Money amount) {
}
