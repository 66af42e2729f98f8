package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func make_account(opening int) lisette.Tuple2[func(int), func() int] {
	balance := opening
	deposit := func(amount int) {
		balance += amount
	}
	read := func() int {
		return balance
	}
	return lisette.Tuple2[func(int), func() int]{First: deposit, Second: read}
}

func main() {
	subject := make_account(50)
	deposit := subject.First
	balance := subject.Second
	subject2 := make_account(0)
	deposit2 := subject2.First
	balance2 := subject2.Second
	deposit(25)
	deposit2(7)
	deposit(5)
	fmt.Println(balance(), balance2())
}
