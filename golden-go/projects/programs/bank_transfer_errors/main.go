package main

import (
	"fmt"
	"golden/projects/programs/bank_transfer_errors/bank"
	lisette "lisette.dev/prelude"
)

func explain(e bank.TransferError) string {
	switch e.Tag {
	case bank.TransferErrorSameAccount:
		return "same account"
	case bank.TransferErrorInsufficient:
		needed := e.Needed
		available := e.Available
		return fmt.Sprintf("needs %v, has %v", needed, available)
	case bank.TransferErrorNonPositive:
		n := e.NonPositive
		return fmt.Sprintf("bad amount %v", n)
	}
	panic("unreachable")
}

func main() {
	a := bank.Account_Open("A", 1000)
	b := bank.Account_Open("B", 50)
	for _, amount := range []int{300, 0, 900, 700} {
		subject := bank.Transfer(&a, &b, amount)
		if subject.Tag == lisette.ResultOk {
			left := subject.OkVal
			fmt.Printf("sent %v, %v left\n", amount, left)
		} else {
			e := subject.ErrVal
			why := explain(e)
			fmt.Printf("refused: %v\n", why)
		}
	}
	r := bank.Transfer(&a, &a, 1)
	fmt.Println(r)
	fmt.Println(a.Funds(), b.Funds())
}
