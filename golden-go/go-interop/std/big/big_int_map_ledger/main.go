package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"math/big"
	"slices"
	"strings"
)

func main() {
	entries := []string{"alice +90000000000000000000", "bob +15", "alice -1", "carol +x", "bob +99999999999999999999"}
	balances := map[string]*big.Int{}
	for _, e := range entries {
		subject := lisette.MakeTuple3(strings.Cut(e, " "))
		who := subject.First
		amount := subject.Second
		v := big.Int{}
		subject2 := lisette.OptionOf(v.SetString(strings.TrimPrefix(amount, "+"), 10))
		if subject2.Tag == lisette.OptionSome {
			n := subject2.SomeVal
			cur := lisette.MapGet(balances, who).UnwrapOr(big.NewInt(int64(0)))
			balances[who] = big.NewInt(int64(0)).Add(cur, n)
		} else {
			fmt.Println("bad amount for", who, amount)
		}
	}
	names := []string{}
	for k := range balances {
		names = append(names, k)
	}
	slices.SortFunc(names, strings.Compare)
	for _, n := range names {
		fmt.Println(n, balances[n])
	}
	fmt.Println(balances["alice"].Cmp(balances["bob"]))
}
