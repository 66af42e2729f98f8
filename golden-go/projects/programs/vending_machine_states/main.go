package main

import (
	"fmt"
	"golden/projects/programs/vending_machine_states/vending"
)

func main() {
	m := vending.Machine_New(150)
	inputs := []vending.Input{vending.Input{Tag: vending.InputCoin, Coin: 100}, vending.Input{Tag: vending.InputSelect, Select: "cola"}, vending.Input{Tag: vending.InputCoin, Coin: 100}, vending.Input{Tag: vending.InputSelect, Select: "cola"}, vending.Input{Tag: vending.InputCoin, Coin: 50}, vending.Input{Tag: vending.InputCancel}}
	for _, i := range inputs {
		change := m.Feed(i)
		fmt.Println(i, "->", m.Current(), change)
	}
	fmt.Println("sold", m.Sold)
}
