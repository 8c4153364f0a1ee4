using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project benchmarks/StdSearch.Benchmarks -- --filter '*'
// One class: dotnet run -c Release --project benchmarks/StdSearch.Benchmarks -- --filter '*Analyzer*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
