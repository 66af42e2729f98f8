package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"math/big"
)

func parse(s string, base int) lisette.Option[*big.Int] {
	n := big.Int{}
	return lisette.OptionOf(n.SetString(s, base))
}

func main() {
	for _, item := range []lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "123456789012345678901234567890", Second: 10}, lisette.Tuple2[string, int]{First: "ff", Second: 16}, lisette.Tuple2[string, int]{First: "0x1f", Second: 0}, lisette.Tuple2[string, int]{First: "12a", Second: 10}, lisette.Tuple2[string, int]{First: "-101", Second: 2}} {
		s := item.First
		base := item.Second
		subject := parse(s, base)
		if subject.Tag == lisette.OptionSome {
			v := subject.SomeVal
			fmt.Println(s, "=", v.String(), v.Text(16))
		} else {
			fmt.Println(s, "is not a number in base", base)
		}
	}
}
