package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func withdraw(balance, amount int) int {
	if amount > balance {
		panic("insufficient funds")
	}
	return balance - amount
}

func main() {
	a := lisette.RecoverBlock(func() int {
		return withdraw(100, 30)
	})
	b := lisette.RecoverBlock(func() int {
		return withdraw(100, 300)
	})
	if a.Tag == lisette.ResultOk {
		v := a.OkVal
		fmt.Printf("left %v\n", v)
	} else {
		pv := a.ErrVal
		fmt.Println(pv.Message())
	}
	if b.Tag == lisette.ResultOk {
		v := b.OkVal
		fmt.Printf("left %v\n", v)
	} else {
		pv := b.ErrVal
		fmt.Println(pv.Message())
	}
}
