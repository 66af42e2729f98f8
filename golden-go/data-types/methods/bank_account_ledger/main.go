package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type TxnTag int

const (
	TxnDeposit TxnTag = iota
	TxnWithdraw
	TxnTransfer
	TxnFee
)

type Txn struct {
	Tag      TxnTag
	Deposit  int
	Withdraw int
	To       int
	Amount   int
	Fee0     string
	Fee1     int
}

func (v Txn) String() string {
	switch v.Tag {
	case TxnDeposit:
		return "Txn.Deposit(" + lisette.FormatValue(v.Deposit) + ")"
	case TxnWithdraw:
		return "Txn.Withdraw(" + lisette.FormatValue(v.Withdraw) + ")"
	case TxnTransfer:
		return "Txn.Transfer { to: " + lisette.FormatValue(v.To) + ", amount: " + lisette.FormatValue(v.Amount) + " }"
	}
	return "Txn.Fee(" + lisette.FormatValue(v.Fee0) + ", " + lisette.FormatValue(v.Fee1) + ")"
}

type Entry struct {
	account int
	txn     Txn
	ok      bool
}

func (v Entry) String() string {
	return "Entry { account: " + lisette.FormatValue(v.account) + ", txn: " + lisette.FormatValue(v.txn) + ", ok: " + lisette.FormatValue(v.ok) + " }"
}

type Account struct {
	id        int
	owner     string
	balance   int
	overdraft int
}

func (v Account) String() string {
	return "Account { id: " + lisette.FormatValue(v.id) + ", owner: " + lisette.FormatValue(v.owner) + ", balance: " + lisette.FormatValue(v.balance) + ", overdraft: " + lisette.FormatValue(v.overdraft) + " }"
}

func Account_open(id int, owner string, overdraft int) Account {
	return Account{id: id, owner: owner, balance: 0, overdraft: overdraft}
}

func (self Account) Available() int {
	return self.balance + self.overdraft
}

func (self *Account) Deposit(amount int) {
	self.balance += amount
}

func (self *Account) Withdraw(amount int) lisette.Result[int, string] {
	if amount > self.Available() {
		return lisette.MakeResultErr[int, string](fmt.Sprintf("%v: insufficient funds for %v", self.owner, amount))
	}
	self.balance -= amount
	return lisette.MakeResultOk[int, string](self.balance)
}

type Ledger struct {
	accounts []Account
	entries  []Entry
	failures int
}

func (v Ledger) String() string {
	return "Ledger { accounts: " + lisette.FormatValue(v.accounts) + ", entries: " + lisette.FormatValue(v.entries) + ", failures: " + lisette.FormatValue(v.failures) + " }"
}

func Ledger_new() Ledger {
	return Ledger{accounts: []Account{}, entries: []Entry{}, failures: 0}
}

func (self *Ledger) Add(a Account) {
	self.accounts = append(self.accounts, a)
}

func (self Ledger) Find(id int) lisette.Option[int] {
	i := 0
	for _, a := range self.accounts {
		if a.id == id {
			return lisette.MakeOptionSome[int](i)
		}
		i += 1
	}
	return lisette.MakeOptionNone[int]()
}

func (self *Ledger) Take(i, amount int) bool {
	result := self.accounts[i].Withdraw(amount)
	if result.Tag == lisette.ResultOk {
		return true
	}
	msg := result.ErrVal
	fmt.Println("rejected: " + msg)
	return false
}

func (self *Ledger) Run(i int, txn Txn) bool {
	switch txn.Tag {
	case TxnDeposit:
		n := txn.Deposit
		self.accounts[i].Deposit(n)
		return true
	case TxnWithdraw:
		n := txn.Withdraw
		return self.Take(i, n)
	case TxnTransfer:
		to := txn.To
		amount := txn.Amount
		target := self.Find(to)
		if target.Tag == lisette.OptionNone {
			return false
		}
		j := target.SomeVal
		moved := self.Take(i, amount)
		if moved {
			self.accounts[j].Deposit(amount)
		}
		return moved
	case TxnFee:
		reason := txn.Fee0
		n := txn.Fee1
		self.accounts[i].balance -= n
		fmt.Printf("fee %v (%v) charged to %v\n", n, reason, self.accounts[i].owner)
		return true
	}
	panic("unreachable")
}

func (self *Ledger) Apply(id int, txn Txn) {
	var ok bool
	subject := self.Find(id)
	if subject.Tag == lisette.OptionNone {
		ok = false
	} else {
		i := subject.SomeVal
		ok = self.Run(i, txn)
	}
	if !ok {
		self.failures += 1
	}
	self.entries = append(self.entries, Entry{account: id, txn: txn, ok: ok})
}

func (self Ledger) Statement() {
	for _, a := range self.accounts {
		fmt.Printf("%v %v: %v (available %v)\n", a.id, a.owner, a.balance, a.Available())
	}
	fmt.Printf("%v entries, %v failed\n", len(self.entries), self.failures)
}

func main() {
	ledger := Ledger_new()
	ledger.Add(Account_open(1, "ana", 0))
	ledger.Add(Account_open(2, "ben", 50))
	ledger.Add(Account_open(3, "cleo", 0))
	plan := []lisette.Tuple2[int, Txn]{lisette.Tuple2[int, Txn]{First: 1, Second: Txn{Tag: TxnDeposit, Deposit: 100}}, lisette.Tuple2[int, Txn]{First: 2, Second: Txn{Tag: TxnDeposit, Deposit: 20}}, lisette.Tuple2[int, Txn]{First: 1, Second: Txn{Tag: TxnWithdraw, Withdraw: 30}}, lisette.Tuple2[int, Txn]{First: 2, Second: Txn{Tag: TxnWithdraw, Withdraw: 60}}, lisette.Tuple2[int, Txn]{First: 2, Second: Txn{Tag: TxnWithdraw, Withdraw: 20}}, lisette.Tuple2[int, Txn]{First: 1, Second: Txn{Tag: TxnTransfer, To: 3, Amount: 50}}, lisette.Tuple2[int, Txn]{First: 3, Second: Txn{Tag: TxnTransfer, To: 9, Amount: 5}}, lisette.Tuple2[int, Txn]{First: 4, Second: Txn{Tag: TxnDeposit, Deposit: 10}}, lisette.Tuple2[int, Txn]{First: 3, Second: Txn{Tag: TxnFee, Fee0: "monthly", Fee1: 2}}, lisette.Tuple2[int, Txn]{First: 1, Second: Txn{Tag: TxnTransfer, To: 2, Amount: 40}}}
	for _, item := range plan {
		id := item.First
		txn := item.Second
		ledger.Apply(id, txn)
	}
	ledger.Statement()
	last := ledger.entries[len(ledger.entries)-1]
	fmt.Println(last)
	deposited := 0
	total := 0
	for _, e := range ledger.entries {
		if e.ok {
			if e.txn.Tag == TxnDeposit {
				n := e.txn.Deposit
				deposited += n
			}
		}
	}
	for _, a := range ledger.accounts {
		total += a.balance
	}
	fmt.Printf("deposited %v, held %v\n", deposited, total)
}
