package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type CoinTag int

const (
	CoinNickel CoinTag = iota
	CoinDime
	CoinQuarter
	CoinDollar
)

type Coin struct {
	Tag CoinTag
}

func (v Coin) String() string {
	switch v.Tag {
	case CoinNickel:
		return "Coin.Nickel"
	case CoinDime:
		return "Coin.Dime"
	case CoinQuarter:
		return "Coin.Quarter"
	}
	return "Coin.Dollar"
}

type ActionTag int

const (
	ActionInsert ActionTag = iota
	ActionSelect
	ActionCancel
	ActionRestock
)

type Action struct {
	Tag      ActionTag
	Insert   Coin
	Select   string
	Restock0 string
	Restock1 int
}

func (v Action) String() string {
	switch v.Tag {
	case ActionInsert:
		return "Action.Insert(" + lisette.FormatValue(v.Insert) + ")"
	case ActionSelect:
		return "Action.Select(" + lisette.FormatValue(v.Select) + ")"
	case ActionCancel:
		return "Action.Cancel"
	}
	return "Action.Restock(" + lisette.FormatValue(v.Restock0) + ", " + lisette.FormatValue(v.Restock1) + ")"
}

type MachineTag int

const (
	MachineIdle MachineTag = iota
	MachineCollecting
	MachineOutOfOrder
)

type Machine struct {
	Tag        MachineTag
	Credit     int
	OutOfOrder string
}

func (v Machine) String() string {
	switch v.Tag {
	case MachineIdle:
		return "Machine.Idle"
	case MachineCollecting:
		return "Machine.Collecting { credit: " + lisette.FormatValue(v.Credit) + " }"
	}
	return "Machine.OutOfOrder(" + lisette.FormatValue(v.OutOfOrder) + ")"
}

type Product struct {
	name  string
	price int
	stock int
}

func (v Product) String() string {
	return "Product { name: " + lisette.FormatValue(v.name) + ", price: " + lisette.FormatValue(v.price) + ", stock: " + lisette.FormatValue(v.stock) + " }"
}

type Vending struct {
	state    Machine
	products []Product
	bank     int
}

func (v Vending) String() string {
	return "Vending { state: " + lisette.FormatValue(v.state) + ", products: " + lisette.FormatValue(v.products) + ", bank: " + lisette.FormatValue(v.bank) + " }"
}

func coin_value(c Coin) int {
	switch c.Tag {
	case CoinNickel:
		return 5
	case CoinDime:
		return 10
	case CoinQuarter:
		return 25
	case CoinDollar:
		return 100
	}
	panic("unreachable")
}

func find(products []Product, name string) lisette.Option[Product] {
	if len(products) == 0 {
		return lisette.MakeOptionNone[Product]()
	}
	p := products[0]
	if p.name == name {
		return lisette.MakeOptionSome[Product](p)
	}
	rest := products[1:len(products):len(products)]
	return find(rest, name)
}

func all_empty(products []Product) bool {
	if len(products) == 0 {
		return true
	}
	if products[0].stock == 0 {
		rest := products[1:len(products):len(products)]
		return all_empty(rest)
	}
	return false
}

func with_stock(products []Product, name string, delta int) []Product {
	out := []Product{}
	for _, p := range products {
		if p.name == name {
			out = append(out, Product{name: p.name, price: p.price, stock: p.stock + delta})
		} else {
			out = append(out, p)
		}
	}
	return out
}

func handle(vm Vending, action Action) lisette.Tuple2[Vending, string] {
	state := vm.state
	products := vm.products
	bank := vm.bank
	switch state.Tag {
	case MachineOutOfOrder:
		if action.Tag == ActionRestock {
			reason := state.OutOfOrder
			name := action.Restock0
			n := action.Restock1
			restocked := with_stock(products, name, n)
			return lisette.Tuple2[Vending, string]{First: Vending{state: Machine{Tag: MachineIdle}, products: restocked, bank: bank}, Second: fmt.Sprintf("repaired (%v), restocked %v", reason, name)}
		}
		reason := state.OutOfOrder
		return lisette.Tuple2[Vending, string]{First: Vending{state: Machine{Tag: MachineOutOfOrder, OutOfOrder: reason}, products: products, bank: bank}, Second: fmt.Sprintf("out of order: %v", reason)}
	case MachineIdle:
		switch action.Tag {
		case ActionRestock:
			current := state
			name := action.Restock0
			n := action.Restock1
			return lisette.Tuple2[Vending, string]{First: Vending{state: current, products: with_stock(products, name, n), bank: bank}, Second: fmt.Sprintf("restocked %v", name)}
		case ActionInsert:
			c := action.Insert
			return lisette.Tuple2[Vending, string]{First: Vending{state: Machine{Tag: MachineCollecting, Credit: coin_value(c)}, products: products, bank: bank}, Second: fmt.Sprintf("credit %v", coin_value(c))}
		case ActionSelect:
			return lisette.Tuple2[Vending, string]{First: Vending{state: Machine{Tag: MachineIdle}, products: products, bank: bank}, Second: "insert coins first"}
		case ActionCancel:
			return lisette.Tuple2[Vending, string]{First: Vending{state: Machine{Tag: MachineIdle}, products: products, bank: bank}, Second: "nothing to cancel"}
		}
	case MachineCollecting:
		switch action.Tag {
		case ActionRestock:
			current := state
			name := action.Restock0
			n := action.Restock1
			return lisette.Tuple2[Vending, string]{First: Vending{state: current, products: with_stock(products, name, n), bank: bank}, Second: fmt.Sprintf("restocked %v", name)}
		case ActionInsert:
			credit := state.Credit
			c := action.Insert
			total := credit + coin_value(c)
			return lisette.Tuple2[Vending, string]{First: Vending{state: Machine{Tag: MachineCollecting, Credit: total}, products: products, bank: bank}, Second: fmt.Sprintf("credit %v", total)}
		case ActionCancel:
			credit := state.Credit
			return lisette.Tuple2[Vending, string]{First: Vending{state: Machine{Tag: MachineIdle}, products: products, bank: bank}, Second: fmt.Sprintf("returned %v", credit)}
		case ActionSelect:
			credit := state.Credit
			name := action.Select
			subject := find(products, name)
			if subject.Tag == lisette.OptionNone {
				return lisette.Tuple2[Vending, string]{First: Vending{state: Machine{Tag: MachineCollecting, Credit: credit}, products: products, bank: bank}, Second: fmt.Sprintf("unknown product %v", name)}
			}
			if subject.SomeVal.stock == 0 {
				return lisette.Tuple2[Vending, string]{First: Vending{state: Machine{Tag: MachineCollecting, Credit: credit}, products: products, bank: bank}, Second: fmt.Sprintf("%v sold out", name)}
			}
			price := subject.SomeVal.price
			if credit < price {
				return lisette.Tuple2[Vending, string]{First: Vending{state: Machine{Tag: MachineCollecting, Credit: credit}, products: products, bank: bank}, Second: fmt.Sprintf("%v costs %v, credit %v", name, price, credit)}
			}
			price2 := subject.SomeVal.price
			change := credit - price2
			left := with_stock(products, name, -1)
			var next Machine
			if all_empty(left) {
				next = Machine{Tag: MachineOutOfOrder, OutOfOrder: "empty"}
			} else {
				next = Machine{Tag: MachineIdle}
			}
			return lisette.Tuple2[Vending, string]{First: Vending{state: next, products: left, bank: bank + price2}, Second: fmt.Sprintf("dispensed %v, change %v", name, change)}
		}
	}
	panic("unreachable")
}

func main() {
	catalogue := []Product{Product{name: "cola", price: 125, stock: 1}, Product{name: "chips", price: 75, stock: 1}}
	vm := Vending{state: Machine{Tag: MachineIdle}, products: catalogue, bank: 0}
	script := []Action{Action{Tag: ActionSelect, Select: "cola"}, Action{Tag: ActionInsert, Insert: Coin{Tag: CoinQuarter}}, Action{Tag: ActionInsert, Insert: Coin{Tag: CoinDollar}}, Action{Tag: ActionSelect, Select: "water"}, Action{Tag: ActionSelect, Select: "cola"}, Action{Tag: ActionInsert, Insert: Coin{Tag: CoinDime}}, Action{Tag: ActionSelect, Select: "cola"}, Action{Tag: ActionInsert, Insert: Coin{Tag: CoinQuarter}}, Action{Tag: ActionSelect, Select: "chips"}, Action{Tag: ActionInsert, Insert: Coin{Tag: CoinQuarter}}, Action{Tag: ActionInsert, Insert: Coin{Tag: CoinQuarter}}, Action{Tag: ActionSelect, Select: "chips"}, Action{Tag: ActionInsert, Insert: Coin{Tag: CoinDime}}, Action{Tag: ActionCancel}, Action{Tag: ActionRestock, Restock0: "cola", Restock1: 3}, Action{Tag: ActionCancel}, Action{Tag: ActionInsert, Insert: Coin{Tag: CoinNickel}}, Action{Tag: ActionCancel}, Action{Tag: ActionRestock, Restock0: "chips", Restock1: 2}}
	for i, action := range script {
		subject2 := handle(vm, action)
		next := subject2.First
		message := subject2.Second
		vm = next
		fmt.Printf("%v. %v\n", i+1, message)
	}
	fmt.Println("state:", vm.state)
	for _, item := range vm.products {
		name := item.name
		stock := item.stock
		fmt.Printf("%v: %v left\n", name, stock)
	}
	fmt.Println("bank:", vm.bank)
}
