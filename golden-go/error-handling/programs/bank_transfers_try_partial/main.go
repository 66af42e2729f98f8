package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"slices"
)

type BankErrorTag int

const (
	BankErrorUnknownAccount BankErrorTag = iota
	BankErrorInsufficientFunds
	BankErrorInvalidAmount
	BankErrorFrozen
)

type BankError struct {
	Tag            BankErrorTag
	UnknownAccount string
	Account        string
	Balance        int
	Needed         int
	InvalidAmount  int
	Frozen         string
}

func (v BankError) String() string {
	switch v.Tag {
	case BankErrorUnknownAccount:
		return "BankError.UnknownAccount(" + lisette.FormatValue(v.UnknownAccount) + ")"
	case BankErrorInsufficientFunds:
		return "BankError.InsufficientFunds { account: " + lisette.FormatValue(v.Account) + ", balance: " + lisette.FormatValue(v.Balance) + ", needed: " + lisette.FormatValue(v.Needed) + " }"
	case BankErrorInvalidAmount:
		return "BankError.InvalidAmount(" + lisette.FormatValue(v.InvalidAmount) + ")"
	}
	return "BankError.Frozen(" + lisette.FormatValue(v.Frozen) + ")"
}

func (self BankError) Error() string {
	switch self.Tag {
	case BankErrorUnknownAccount:
		id := self.UnknownAccount
		return fmt.Sprintf("unknown account %v", id)
	case BankErrorInsufficientFunds:
		account := self.Account
		balance := self.Balance
		needed := self.Needed
		return fmt.Sprintf("%v has %v, needs %v", account, balance, needed)
	case BankErrorInvalidAmount:
		n := self.InvalidAmount
		return fmt.Sprintf("invalid amount %v", n)
	case BankErrorFrozen:
		id := self.Frozen
		return fmt.Sprintf("account %v is frozen", id)
	}
	panic("unreachable")
}

type Transfer struct {
	from   string
	to     string
	amount int
}

func (v Transfer) String() string {
	return "Transfer { from: " + lisette.FormatValue(v.from) + ", to: " + lisette.FormatValue(v.to) + ", amount: " + lisette.FormatValue(v.amount) + " }"
}

type Receipt struct {
	from      string
	to        string
	amount    int
	from_left int
	to_now    int
}

func (v Receipt) String() string {
	return "Receipt { from: " + lisette.FormatValue(v.from) + ", to: " + lisette.FormatValue(v.to) + ", amount: " + lisette.FormatValue(v.amount) + ", from_left: " + lisette.FormatValue(v.from_left) + ", to_now: " + lisette.FormatValue(v.to_now) + " }"
}

func (self Receipt) Describe() string {
	return fmt.Sprintf("%v -> %v: %v (left %v, now %v)", self.from, self.to, self.amount, self.from_left, self.to_now)
}

type Bank struct {
	balances map[string]int
	frozen   []string
}

func (v Bank) String() string {
	return "Bank { balances: " + lisette.FormatValue(v.balances) + ", frozen: " + lisette.FormatValue(v.frozen) + " }"
}

func (self Bank) Check_open(id string) lisette.Result[struct{}, BankError] {
	if lisette.MapGet(self.balances, id).IsNone() {
		return lisette.MakeResultErr[struct{}, BankError](BankError{Tag: BankErrorUnknownAccount, UnknownAccount: id})
	}
	if slices.Contains(self.frozen, id) {
		return lisette.MakeResultErr[struct{}, BankError](BankError{Tag: BankErrorFrozen, Frozen: id})
	}
	return lisette.MakeResultOk[struct{}, BankError](struct{}{})
}

func (self *Bank) Withdraw(id string, amount int) lisette.Result[int, BankError] {
	res := self.Check_open(id)
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, BankError](res.ErrVal)
	}
	current := self.balances[id]
	if current < amount {
		return lisette.MakeResultErr[int, BankError](BankError{Tag: BankErrorInsufficientFunds, Account: id, Balance: current, Needed: amount})
	}
	self.balances[id] = current - amount
	return lisette.MakeResultOk[int, BankError](current - amount)
}

func (self *Bank) Deposit(id string, amount int) lisette.Result[int, BankError] {
	res2 := self.Check_open(id)
	if res2.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, BankError](res2.ErrVal)
	}
	updated := self.balances[id] + amount
	self.balances[id] = updated
	return lisette.MakeResultOk[int, BankError](updated)
}

func check_amount(amount int) lisette.Result[struct{}, BankError] {
	if amount <= 0 {
		return lisette.MakeResultErr[struct{}, BankError](BankError{Tag: BankErrorInvalidAmount, InvalidAmount: amount})
	}
	return lisette.MakeResultOk[struct{}, BankError](struct{}{})
}

func tx(from, to string, amount int) Transfer {
	return Transfer{from: from, to: to, amount: amount}
}

func process_batch(bank *Bank, batch []Transfer) lisette.Partial[[]Receipt, []string] {
	done := []Receipt{}
	failed := []string{}
	for _, t := range batch {
		r := func() lisette.Result[Receipt, BankError] {
			res3 := check_amount(t.amount)
			if res3.Tag != lisette.ResultOk {
				return lisette.MakeResultErr[Receipt, BankError](res3.ErrVal)
			}
			res4 := bank.Check_open(t.to)
			if res4.Tag != lisette.ResultOk {
				return lisette.MakeResultErr[Receipt, BankError](res4.ErrVal)
			}
			res5 := bank.Withdraw(t.from, t.amount)
			if res5.Tag != lisette.ResultOk {
				return lisette.MakeResultErr[Receipt, BankError](res5.ErrVal)
			}
			left := res5.OkVal
			res6 := bank.Deposit(t.to, t.amount)
			if res6.Tag != lisette.ResultOk {
				return lisette.MakeResultErr[Receipt, BankError](res6.ErrVal)
			}
			now := res6.OkVal
			return lisette.MakeResultOk[Receipt, BankError](Receipt{from: t.from, to: t.to, amount: t.amount, from_left: left, to_now: now})
		}()
		if r.Tag == lisette.ResultOk {
			receipt := r.OkVal
			done = append(done, receipt)
		} else {
			e := r.ErrVal
			failed = append(failed, fmt.Sprintf("%v -> %v (%v): %v", t.from, t.to, t.amount, e.Error()))
		}
	}
	if len(failed) == 0 {
		return lisette.MakePartialOk[[]Receipt, []string](done)
	} else if len(done) == 0 {
		return lisette.MakePartialErr[[]Receipt, []string](failed)
	} else {
		return lisette.MakePartialBoth[[]Receipt, []string](done, failed)
	}
}

func main() {
	b := Bank{balances: lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "alice", Second: 100}, lisette.Tuple2[string, int]{First: "bob", Second: 50}, lisette.Tuple2[string, int]{First: "carol", Second: 0}, lisette.Tuple2[string, int]{First: "dave", Second: 70}}), frozen: []string{"dave"}}
	bank := &b
	batches := [][]Transfer{[]Transfer{tx("alice", "bob", 30), tx("bob", "carol", 80)}, []Transfer{tx("carol", "alice", 50), tx("bob", "alice", 10), tx("alice", "erin", 5), tx("alice", "dave", 5), tx("alice", "bob", -5)}, []Transfer{tx("dave", "alice", 10)}}
	for i, batch := range batches {
		result := process_batch(bank, batch)
		fmt.Printf("batch %v: ok=%v both=%v err=%v\n", i+1, result.IsOk(), result.IsBoth(), result.IsErr())
		switch result.Tag {
		case lisette.PartialOk:
			rs := result.OkVal
			for _, r := range rs {
				fmt.Printf("  %v\n", r.Describe())
			}
		case lisette.PartialBoth:
			rs := result.OkVal
			errs := result.ErrVal
			for _, r := range rs {
				fmt.Printf("  %v\n", r.Describe())
			}
			for _, e := range errs {
				fmt.Printf("  failed: %v\n", e)
			}
		case lisette.PartialErr:
			errs := result.ErrVal
			for _, e := range errs {
				fmt.Printf("  failed: %v\n", e)
			}
		}
		moved := lisette.PartialMap(result, func(rs []Receipt) int {
			return lisette.SliceFold(rs, 0, func(acc int, r Receipt) int {
				return acc + r.amount
			})
		}).UnwrapOr(0)
		fmt.Printf("  moved %v\n", moved)
	}
	total := 0
	for _, id := range []string{"alice", "bob", "carol", "dave"} {
		balance := lisette.MapGet(bank.balances, id).UnwrapOr(0)
		total += balance
		fmt.Printf("%v: %v\n", id, balance)
	}
	fmt.Printf("total %v\n", total)
}
