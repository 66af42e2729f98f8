package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Currency interface {
	To_cents(amount int) int
}

type Euro struct{}

func (v Euro) String() string {
	return "Euro {}"
}

type Yen struct {
	per_cent int
}

func (v Yen) String() string {
	return "Yen { per_cent: " + lisette.FormatValue(v.per_cent) + " }"
}

func (self Euro) To_cents(amount int) int {
	return amount * 100
}

func (self Yen) To_cents(amount int) int {
	return amount / self.per_cent
}

func main() {
	rates := lisette.MapFrom([]lisette.Tuple2[string, Currency]{lisette.Tuple2[string, Currency]{First: "EUR", Second: Euro{}}, lisette.Tuple2[string, Currency]{First: "JPY", Second: Yen{per_cent: 2}}})
	for _, code := range []string{"EUR", "JPY", "GBP"} {
		cents := lisette.OptionMapOr(lisette.MapGet(rates, code), -1, func(c Currency) int {
			return c.To_cents(300)
		})
		fmt.Println(code, cents)
	}
}
