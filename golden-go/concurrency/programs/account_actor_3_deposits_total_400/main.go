package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type RequestTag int

const (
	RequestDeposit RequestTag = iota
	RequestBalance
	RequestStop
)

type Request struct {
	Tag     RequestTag
	Deposit int
	Balance chan<- int
}

func (v Request) String() string {
	switch v.Tag {
	case RequestDeposit:
		return "Request.Deposit(" + lisette.FormatValue(v.Deposit) + ")"
	case RequestBalance:
		return "Request.Balance(" + lisette.FormatValue(v.Balance) + ")"
	}
	return "Request.Stop"
}

func account(requests <-chan Request, stopped chan<- struct{}) {
	balance := 0
loop:
	for r := range requests {
		switch r.Tag {
		case RequestDeposit:
			n := r.Deposit
			balance += n
		case RequestBalance:
			reply := r.Balance
			reply <- balance
		case RequestStop:
			break loop
		}
	}
	stopped <- struct{}{}
}

func main() {
	subject := lisette.ChannelSplit(make(chan Request))
	requests := subject.First
	inbox := subject.Second
	subject2 := lisette.ChannelSplit(make(chan struct{}))
	stopped_tx := subject2.First
	stopped_rx := subject2.Second
	go account(inbox, stopped_tx)
	requests <- Request{Tag: RequestDeposit, Deposit: 100}
	requests <- Request{Tag: RequestDeposit, Deposit: 250}
	requests <- Request{Tag: RequestDeposit, Deposit: 50}
	subject3 := lisette.ChannelSplit(make(chan int))
	reply_tx := subject3.First
	reply_rx := subject3.Second
	requests <- Request{Tag: RequestBalance, Balance: reply_tx}
	fmt.Println("balance:", lisette.ReceiverReceive(reply_rx))
	requests <- Request{Tag: RequestStop}
	<-stopped_rx
	fmt.Println("stopped")
}
