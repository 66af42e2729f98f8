package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	healthy := lisette.MakeResultOk[string, string]("primary")
	down := lisette.MakeResultErr[string, string]("primary down")
	failover := func(e string) lisette.Result[string, string] {
		fmt.Printf("failover after: %v\n", e)
		return lisette.MakeResultOk[string, string]("backup")
	}
	fmt.Println(lisette.ResultOrElse(healthy, failover))
	fmt.Println(lisette.ResultOrElse(down, failover))
}
