package vending

import lisette "lisette.dev/prelude"

type StateTag int

const (
	StateIdle StateTag = iota
	StatePaying
	StateVending
)

type State struct {
	Tag     StateTag
	Paying  int
	Vending string
}

func (v State) String() string {
	switch v.Tag {
	case StateIdle:
		return "State.Idle"
	case StatePaying:
		return "State.Paying(" + lisette.FormatValue(v.Paying) + ")"
	}
	return "State.Vending(" + lisette.FormatValue(v.Vending) + ")"
}

type InputTag int

const (
	InputCoin InputTag = iota
	InputSelect
	InputCancel
)

type Input struct {
	Tag    InputTag
	Coin   int
	Select string
}

func (v Input) String() string {
	switch v.Tag {
	case InputCoin:
		return "Input.Coin(" + lisette.FormatValue(v.Coin) + ")"
	case InputSelect:
		return "Input.Select(" + lisette.FormatValue(v.Select) + ")"
	}
	return "Input.Cancel"
}

type Machine struct {
	state State
	Sold  int
	price int
}

func (v Machine) String() string {
	return "Machine { state: " + lisette.FormatValue(v.state) + ", sold: " + lisette.FormatValue(v.Sold) + ", price: " + lisette.FormatValue(v.price) + " }"
}

func Machine_New(price int) Machine {
	return Machine{state: State{Tag: StateIdle}, Sold: 0, price: price}
}

func (self Machine) Current() State {
	return self.state
}

func (self *Machine) Feed(input Input) int {
	change := 0
	var next State
	switch input.Tag {
	case InputCoin:
		c := input.Coin
		if self.state.Tag == StatePaying {
			p := self.state.Paying
			next = State{Tag: StatePaying, Paying: p + c}
		} else {
			next = State{Tag: StatePaying, Paying: c}
		}
	case InputSelect:
		item := input.Select
		if self.state.Tag == StatePaying {
			p := self.state.Paying
			if p >= self.price {
				change = p - self.price
				self.Sold += 1
				next = State{Tag: StateVending, Vending: item}
			} else {
				other := self.state
				next = other
			}
		} else {
			other := self.state
			next = other
		}
	case InputCancel:
		if self.state.Tag == StatePaying {
			p := self.state.Paying
			change = p
			next = State{Tag: StateIdle}
		} else {
			next = State{Tag: StateIdle}
		}
	}
	self.state = next
	return change
}
