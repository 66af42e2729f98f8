package main

import (
	"fmt"
	"golden/projects/variants/option_of_module_enum_with_if_let/chess"
	lisette "lisette.dev/prelude"
)

func main() {
	for _, sq := range []string{"a1", "d1", "e4"} {
		subject := chess.At(sq)
		if subject.Tag == lisette.OptionSome && subject.SomeVal.Tag == chess.PieceQueen {
			fmt.Println(sq, "queen")
		} else {
			subject2 := chess.At(sq)
			if subject2.Tag == lisette.OptionSome {
				p := subject2.SomeVal
				fmt.Println(sq, p)
			} else {
				fmt.Println(sq, "empty")
			}
		}
	}
}
