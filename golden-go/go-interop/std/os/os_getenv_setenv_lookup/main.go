package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
)

func main() {
	subject := lisette.ResultOfErr(os.Setenv("LIS_B_MODE", "fast"))
	if subject.Tag == lisette.ResultOk {
		fmt.Println("set")
	} else {
		e := subject.ErrVal
		fmt.Println("setenv failed:", e)
	}
	fmt.Println("mode:", os.Getenv("LIS_B_MODE"))
	subject2 := lisette.OptionOf(os.LookupEnv("LIS_B_MODE"))
	if subject2.Tag == lisette.OptionSome {
		v := subject2.SomeVal
		fmt.Println("lookup:", v)
	} else {
		fmt.Println("lookup: unset")
	}
	_ = os.Unsetenv("LIS_B_MODE")
	fmt.Println("after unset:", fmt.Sprintf("[%v]", os.Getenv("LIS_B_MODE")))
	subject3 := lisette.OptionOf(os.LookupEnv("LIS_B_MODE"))
	if subject3.Tag == lisette.OptionSome {
		v := subject3.SomeVal
		fmt.Println("lookup:", v)
	} else {
		fmt.Println("lookup: unset")
	}
}
