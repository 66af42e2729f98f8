package main

import (
	"fmt"
	"golden/projects/methods/ref_receiver_changes_private_field/bank"
)

func main() {
	acct := bank.Account_Open("Ada")
	acct.Deposit(500)
	first := acct.Withdraw(800)
	second := acct.Withdraw(120)
	fmt.Println(first, second, acct.Funds())
}
