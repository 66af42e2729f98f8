package main

import (
	"context"
	"fmt"
	lisette "lisette.dev/prelude"
	"time"
)

func main() {
	subject := lisette.MakeTuple2(context.WithTimeout(context.Background(), 10*time.Millisecond))
	ctx := subject.First
	cancel := subject.Second
	defer cancel()
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("value")
	case <-ctx.Done():
		fmt.Println("deadline passed:", lisette.ResultOfErr(ctx.Err()).IsErr())
	}
}
