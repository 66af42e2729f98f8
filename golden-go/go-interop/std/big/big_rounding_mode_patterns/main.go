package main

import (
	"fmt"
	"math/big"
)

func describe(m big.RoundingMode) string {
	switch m {
	case big.ToNearestEven:
		return "nearest-even"
	case big.ToZero:
		return "toward zero"
	case big.AwayFromZero:
		return "away from zero"
	default:
		return m.String()
	}
}

func main() {
	for _, mode := range []big.RoundingMode{big.ToNearestEven, big.ToZero, big.AwayFromZero, big.ToPositiveInf} {
		y := big.NewFloat(0.0)
		_ = y.SetPrec(uint(2))
		_ = y.SetMode(mode)
		_ = y.Set(big.NewFloat(2.75))
		fmt.Println(describe(mode), y.Text(byte('g'), 10), y.Acc())
	}
}
