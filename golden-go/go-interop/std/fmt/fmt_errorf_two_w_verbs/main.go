package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	timeout := errors.New("timeout")
	refused := errors.New("connection refused")
	other := errors.New("other")
	both := fmt.Errorf("dial: %w; retry: %w", timeout, refused)
	fmt.Println(both)
	fmt.Println(errors.Is(both, timeout), errors.Is(both, refused), errors.Is(both, other))
	fmt.Println(lisette.OptionNilable(errors.Unwrap(both)).IsSome())
}
