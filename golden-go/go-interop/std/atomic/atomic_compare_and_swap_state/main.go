package main

import (
	"fmt"
	"sync/atomic"
)

const IDLE int32 = 0

const RUNNING int32 = 1

const STOPPED int32 = 2

func main() {
	state := atomic.Int32{}
	fmt.Println("start:", state.CompareAndSwap(IDLE, RUNNING), state.Load())
	fmt.Println("start again:", state.CompareAndSwap(IDLE, RUNNING), state.Load())
	old := state.Swap(STOPPED)
	fmt.Println("swapped out:", old, "now:", state.Load())
	flag := atomic.Bool{}
	fmt.Println("flag:", flag.Load())
	flag.Store(true)
	fmt.Println("flag:", flag.Load(), "cas:", flag.CompareAndSwap(false, true))
}
