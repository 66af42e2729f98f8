package main

import "fmt"

type CoinTag int

const (
	CoinPenny CoinTag = iota
	CoinNickel
	CoinDime
	CoinQuarter
)

type Coin struct {
	Tag CoinTag
}

func (v Coin) String() string {
	switch v.Tag {
	case CoinPenny:
		return "Coin.Penny"
	case CoinNickel:
		return "Coin.Nickel"
	case CoinDime:
		return "Coin.Dime"
	}
	return "Coin.Quarter"
}

func cents(c Coin) int {
	switch c.Tag {
	case CoinPenny:
		return 1
	case CoinNickel:
		return 5
	case CoinDime:
		return 10
	case CoinQuarter:
		return 25
	}
	panic("unreachable")
}

func main() {
	purse := []Coin{Coin{Tag: CoinDime}, Coin{Tag: CoinQuarter}, Coin{Tag: CoinPenny}, Coin{Tag: CoinQuarter}, Coin{Tag: CoinNickel}}
	total := 0
	for _, c := range purse {
		total += cents(c)
	}
	fmt.Println(total)
	value := cents(Coin{Tag: CoinDime}) * 3
	fmt.Println(value)
}
