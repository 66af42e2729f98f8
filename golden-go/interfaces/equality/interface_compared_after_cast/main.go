package main

import "fmt"

type Coin interface {
	Cents() int
}

type Dime struct{}

func (v Dime) String() string {
	return "Dime {}"
}

type Nickel struct{}

func (v Nickel) String() string {
	return "Nickel {}"
}

func (self Dime) Cents() int {
	return 10
}

func (self Nickel) Cents() int {
	return 5
}

func main() {
	var a Coin = Dime{}
	fmt.Println(a == (Coin(Dime{})), a == (Coin(Nickel{})))
}
