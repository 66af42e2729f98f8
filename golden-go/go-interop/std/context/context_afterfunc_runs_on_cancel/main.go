package main

import (
	"context"
	"fmt"
	lisette "lisette.dev/prelude"
	"sync"
)

func main() {
	wg := sync.WaitGroup{}
	cleaned := false
	subject := lisette.MakeTuple2(context.WithCancel(context.Background()))
	ctx := subject.First
	cancel := subject.Second
	wg.Add(1)
	_stop := context.AfterFunc(ctx, func() {
		cleaned = true
		wg.Done()
	})
	_ = _stop
	cancel()
	wg.Wait()
	fmt.Println("cleanup ran:", cleaned)
	subject2 := lisette.MakeTuple2(context.WithCancel(context.Background()))
	ctx2 := subject2.First
	cancel2 := subject2.Second
	stop2 := context.AfterFunc(ctx2, func() {
		fmt.Println("never runs")
	})
	fmt.Println("stopped before cancel:", stop2())
	cancel2()
	fmt.Println("stop again:", stop2())
}
