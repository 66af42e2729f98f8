package runner

import "testing"

func TestExpand(t *testing.T) {
	tests := []struct {
		template, file, out, want string
	}{
		{"./lis build {file} -o {out}", "cases/a/b.lis", "/tmp/x/out", "./lis build cases/a/b.lis -o /tmp/x/out"},
		{"lis '{file}' {out}/main", "cases/a/b.lis", "/tmp/o", "lis 'cases/a/b.lis' /tmp/o/main"},
		{"lis {file} {file}", "my cases/it's.lis", "/o", `lis 'my cases/it'\''s.lis' 'my cases/it'\''s.lis'`},
		{"lis {file}", "", "/o", "lis ''"},
	}
	for _, tt := range tests {
		if got := Expand(tt.template, tt.file, tt.out); got != tt.want {
			t.Errorf("Expand(%q, %q, %q) = %q, want %q", tt.template, tt.file, tt.out, got, tt.want)
		}
	}
}
